import { useState } from 'react';
import {
  isMember,
  outcomeMessage,
  usePublicBookingSessionFlowMutation,
  type PublicBookingSession,
  type PublicBookingSessionQuoteResult,
  type PublicSessionState,
} from '@bookings/react';
import { formatMoney } from '../format';
import { completedBefore } from './journey';
import { failureText, NoticeLine, type Notice } from './notice';
import type { OfferedFare } from './offer';
import { refusedWrite } from './step-outcome';

type Quote = Extract<PublicBookingSessionQuoteResult, { __typename: 'StorefrontQuote' }>;

/**
 * The buyer picks a fare and sees what the server quotes for it; accepting applies exactly that quote (its
 * digest), so the price charged is the one shown. Nothing here computes a price.
 */
export function PriceStep(props: { session: PublicBookingSession; state: PublicSessionState; fares: OfferedFare[] }) {
  const { session, fares } = props;
  const { previewPrice, applyPrice, writeState } = usePublicBookingSessionFlowMutation();
  const [fareIndex, setFareIndex] = useState(0);
  const [quote, setQuote] = useState<Quote | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const fare = fares[fareIndex] ?? { label: 'Standard', pricingCategoryId: null };
  const selections = session.items.map((item) => ({ itemId: item.id, pricingCategoryId: fare.pricingCategoryId }));

  const preview = async () => {
    setNotice(null);
    setQuote(null);
    try {
      const result = await previewPrice.mutateAsync({ sessionId: session.id, selections });
      if (isMember(result, 'StorefrontQuote')) setQuote(result);
      else setNotice({ kind: 'refused', text: outcomeMessage(result) });
    } catch (error) {
      setNotice({ kind: 'refused', text: failureText(error) });
    }
  };

  const accept = async (accepted: Quote) => {
    setNotice(null);
    try {
      const applied = await applyPrice.mutateAsync({
        sessionId: session.id,
        expectedVersion: accepted.bookingVersion,
        selections,
        acceptQuoteDigest: accepted.digest,
      });
      if (isMember(applied, 'PriceChangedError')) {
        setQuote(null);
        setNotice({ kind: 'refused', text: 'The price changed since it was shown: show the price again.' });
        return;
      }
      if (!isMember(applied, 'StorefrontSession')) {
        setNotice(refusedWrite(applied));
        return;
      }
      // The reprice answered the session with its wizard state: write the next step against that version.
      const moved = await writeState.mutateAsync({
        sessionId: session.id,
        expectedVersion: applied.wizardState?.version ?? props.state.version,
        currentStep: 'review',
        completedSteps: completedBefore('review'),
        payload: { fare: fare.label },
      });
      if (!isMember(moved, 'StorefrontSession')) setNotice(refusedWrite(moved));
    } catch (error) {
      setNotice({ kind: 'refused', text: failureText(error) });
    }
  };

  return (
    <section aria-label="Price">
      <h1>Your price</h1>
      <fieldset>
        <legend>Fare</legend>
        {fares.map((candidate, index) => (
          <label key={candidate.label} className="choice">
            <input
              type="radio"
              name="fare"
              checked={index === fareIndex}
              onChange={() => {
                setFareIndex(index);
                setQuote(null);
              }}
            />
            {candidate.label}
          </label>
        ))}
      </fieldset>
      <button type="button" disabled={previewPrice.isPending} onClick={() => void preview()}>
        Show price
      </button>
      {quote && (
        <div data-testid="quote">
          <table>
            <tbody>
              {quote.lines.map((line) => (
                <tr key={line.itemId}>
                  <td>
                    {line.quantity} × {formatMoney(line.unitPrice)}
                  </td>
                  <td>{formatMoney(line.total)}</td>
                  <td>{line.warnings.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            {fare.label} total: <strong data-testid="quote-total">{formatMoney(quote.total)}</strong>
            {quote.pricingComplete ? '' : ' (some lines are priced on request)'}
          </p>
          <button
            type="button"
            disabled={applyPrice.isPending || writeState.isPending}
            onClick={() => void accept(quote)}
          >
            Accept this price
          </button>
        </div>
      )}
      <NoticeLine notice={notice} />
    </section>
  );
}
