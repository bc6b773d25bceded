import { signatureHeader, verifyWebhookSignature } from '../../src/events/webhook-signature';

const SECRET = 'a-webhook-secret-of-some-length';
const BODY = '{"specversion":"1.0","id":"bkev_1"}';
const AT = 1_800_000_000;

describe('webhook signatures', () => {
  it('verifies a header made for the same body, secret and a timestamp within tolerance', () => {
    expect(
      verifyWebhookSignature({
        header: signatureHeader(SECRET, AT, BODY),
        body: BODY,
        secret: SECRET,
        nowSeconds: AT + 60,
      }),
    ).toBe(true);
  });

  it('refuses a tampered body', () => {
    expect(
      verifyWebhookSignature({
        header: signatureHeader(SECRET, AT, BODY),
        body: BODY.replace('bkev_1', 'bkev_2'),
        secret: SECRET,
        nowSeconds: AT,
      }),
    ).toBe(false);
  });

  it('refuses another secret', () => {
    expect(
      verifyWebhookSignature({
        header: signatureHeader('another-secret-entirely', AT, BODY),
        body: BODY,
        secret: SECRET,
        nowSeconds: AT,
      }),
    ).toBe(false);
  });

  it('refuses a replay outside the tolerance', () => {
    expect(
      verifyWebhookSignature({
        header: signatureHeader(SECRET, AT, BODY),
        body: BODY,
        secret: SECRET,
        nowSeconds: AT + 301,
      }),
    ).toBe(false);
  });

  it('refuses a missing or malformed header', () => {
    expect(
      [undefined, 'v1=abc', 't=x,v1=abc'].map((header) =>
        verifyWebhookSignature({ header, body: BODY, secret: SECRET, nowSeconds: AT }),
      ),
    ).toEqual([false, false, false]);
  });
});
