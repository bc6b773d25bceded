import { useState } from 'react';
import {
  isMember,
  outcomeMessage,
  useActionApprovals,
  useDecideActionApproval,
  type ApprovalDecision,
} from '@bookings/react';
import { grants, type Session } from '../session';

/**
 * Actions an agent or workflow asked for on this booking, waiting for a person. Callers with approvals:decide
 * approve or deny here; the requester then repeats its call with the approval id.
 */
export function Approvals({ bookingId, session }: { bookingId: string; session: Session }) {
  const approvals = useActionApprovals({ filter: { targetId: bookingId } });
  const decide = useDecideActionApproval();
  const [outcome, setOutcome] = useState<string | null>(null);
  const mayDecide = grants(session, 'approvals:decide');
  if (!approvals.data || approvals.data.entries.length === 0) return null;

  const answer = async (approvalId: string, decision: ApprovalDecision) => {
    const result = await decide.mutateAsync({ input: { approvalId, decision } });
    setOutcome(
      isMember(result, 'ActionApproval') ? `Approval ${result.status.toLowerCase()}.` : outcomeMessage(result),
    );
  };

  return (
    <section aria-label="Approvals">
      <h2>Approvals</h2>
      <table>
        <thead>
          <tr>
            <th>Action</th>
            <th>Asked by</th>
            <th>Why</th>
            <th>Status</th>
            <th>Until</th>
            {mayDecide && <th>Decide</th>}
          </tr>
        </thead>
        <tbody>
          {approvals.data.entries.map((approval) => (
            <tr key={approval.id} data-testid="approval-row">
              <td>{approval.actionName}</td>
              <td>
                {approval.requestedByType.toLowerCase()} {approval.requestedById}
              </td>
              <td>{approval.reasonCode}</td>
              <td className="status">{approval.status}</td>
              <td>{approval.expiresAt.replace('T', ' ').slice(0, 16)}</td>
              {mayDecide && (
                <td>
                  {approval.status === 'PENDING' && (
                    <>
                      <button
                        type="button"
                        disabled={decide.isPending}
                        onClick={() => void answer(approval.id, 'APPROVED')}
                      >
                        Approve
                      </button>
                      <button
                        type="button"
                        disabled={decide.isPending}
                        onClick={() => void answer(approval.id, 'DENIED')}
                      >
                        Deny
                      </button>
                    </>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {outcome && <p role="status">{outcome}</p>}
    </section>
  );
}
