import { useBookingActivity } from '@bookings/react';

/** What happened to the booking, newest first. */
export function ActivityLog({ bookingId }: { bookingId: string }) {
  const activity = useBookingActivity(bookingId, { pageSize: 10 });
  return (
    <section aria-label="Activity">
      <h2>Activity</h2>
      {activity.isError && <p role="alert">Could not load the activity: {activity.error.message}</p>}
      <ol>
        {activity.data?.entries.map((entry) => (
          <li key={entry.id} data-testid="activity-entry">
            <time dateTime={entry.createdAt}>{entry.createdAt.replace('T', ' ').slice(0, 19)}</time> —{' '}
            {entry.description}{' '}
            <span className="masked">
              ({entry.actorType.toLowerCase()} {entry.actorId})
            </span>
          </li>
        ))}
      </ol>
      {activity.hasNextPage && (
        <button type="button" onClick={() => void activity.fetchNextPage()}>
          Older entries
        </button>
      )}
    </section>
  );
}
