// The message across the top: errors from the worker or a link (role "alert"), and offers.
import { useLab } from '../store/store';

export function NoticeBanner() {
  const notice = useLab((s) => s.notice);
  const error = useLab((s) => s.error);
  const { notify, dismissError } = useLab.getState();
  return (
    <>
      {notice && (
        <div
          role={notice.kind === 'error' ? 'alert' : 'status'}
          className={`banner ${notice.kind}`}
        >
          <span>{notice.message}</span>
          {notice.action && (
            <button type="button" onClick={notice.action.run}>
              {notice.action.label}
            </button>
          )}
          <button
            type="button"
            className="close"
            onClick={() => notify(null)}
            aria-label="Dismiss the message"
          >
            ×
          </button>
        </div>
      )}
      {error && (
        <div role="alert" className="banner error">
          <span>{error}</span>
          <button
            type="button"
            className="close"
            onClick={dismissError}
            aria-label="Dismiss the error"
          >
            ×
          </button>
        </div>
      )}
    </>
  );
}
