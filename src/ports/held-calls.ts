/** A call held by `holdNextCall` until the test lets it go. */
export interface HeldCall {
  /** Resolves once the held call has arrived (and recorded its arguments). */
  readonly arrived: Promise<void>;
  release(): void;
}

/** Lets a test hold the next call of an in-process port, to act while a remote call would be in flight. */
export class CallHolder {
  private held: { arrived: () => void; released: Promise<void> } | null = null;

  holdNext(): HeldCall {
    let arrived = (): void => undefined;
    let release = (): void => undefined;
    const arrival = new Promise<void>((resolve) => (arrived = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    this.held = { arrived, released };
    return { arrived: arrival, release };
  }

  /** Called at the start of each call: waits only when this call is the one being held. */
  async pass(): Promise<void> {
    const held = this.held;
    if (!held) return;
    this.held = null;
    held.arrived();
    await held.released;
  }
}
