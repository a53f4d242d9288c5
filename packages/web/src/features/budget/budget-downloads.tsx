type BudgetDownloadsProps = { readonly productionId: string; readonly versionId: string };

const FILES = [
  {
    file: 'budget.xlsx',
    label: 'Excel',
    title: 'The budget as an Excel workbook (reads back without loss)',
  },
  {
    file: 'budget.csv',
    label: 'CSV',
    title: 'The budget as a CSV budget file (reads back without loss)',
  },
  { file: 'budget.pdf', label: 'PDF', title: 'The top sheet and the detail, to print' },
] as const;

/** The version as a file: the budget file in Excel or CSV (README "Budget files"), or the PDF to print. */
export const BudgetDownloads = ({ productionId, versionId }: BudgetDownloadsProps) => (
  <div className="budget-downloads" role="group" aria-label="Download this version">
    <span className="muted">Download</span>
    {FILES.map(({ file, label, title }) => (
      <a
        key={file}
        className="button button--small"
        href={`/api/v1/productions/${encodeURIComponent(productionId)}/budget-versions/${encodeURIComponent(versionId)}/${file}`}
        title={title}
        download
        data-testid={`download-${file}`}
      >
        {label}
      </a>
    ))}
  </div>
);
