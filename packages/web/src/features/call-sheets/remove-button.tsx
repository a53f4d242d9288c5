/** The small × that takes a row out of a list, named for what it removes. */
export const RemoveButton = ({
  label,
  onClick,
}: {
  readonly label: string;
  readonly onClick: () => void;
}) => (
  <button
    type="button"
    className="button button--ghost button--small cs-remove"
    aria-label={label}
    title={label}
    onClick={onClick}
  >
    ×
  </button>
);
