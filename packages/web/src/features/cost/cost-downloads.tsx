type CostDownloadsProps = { readonly productionId: string; readonly asOf: string };

const FILES = [
  { file: 'cost-report.pdf', label: 'PDF', title: 'The weekly cost report, to print' },
  {
    file: 'cost-report.xlsx',
    label: 'Excel',
    title: 'The cost report as a workbook (amounts as numbers)',
  },
] as const;

/** The report as of the chosen day, as a file. */
export const CostDownloads = ({ productionId, asOf }: CostDownloadsProps) => (
  <div className="budget-downloads" role="group" aria-label="Download the cost report">
    <span className="muted">Download</span>
    {FILES.map(({ file, label, title }) => (
      <a
        key={file}
        className="button button--small"
        href={`/api/v1/productions/${encodeURIComponent(productionId)}/${file}?asOf=${asOf}`}
        title={title}
        download
        data-testid={`download-${file}`}
      >
        {label}
      </a>
    ))}
  </div>
);
