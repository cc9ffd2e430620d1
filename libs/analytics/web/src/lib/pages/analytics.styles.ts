/** Styles shared by the statistics pages. */
export const ANALYTICS_STYLES = `
  .cd-stats__filters {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: flex-end;
    margin-block: 1rem 1.5rem;
  }
  .cd-stats__filters .cd-field {
    margin: 0;
    min-inline-size: min(100%, 12rem);
  }
  .cd-stats__figures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
    gap: 0.75rem;
    margin: 1rem 0 1.5rem;
    padding: 0;
    list-style: none;
  }
  .cd-stats__figures li {
    padding: 0.75rem 1rem;
    border: 1px solid var(--mat-sys-outline-variant);
    border-block-start: 4px solid var(--mat-sys-primary);
  }
  .cd-stats__figure {
    display: block;
    font-size: 1.5rem;
    font-weight: 700;
  }
  .cd-stats__table-wrap {
    overflow-x: auto;
    margin-block: 0.5rem 1.5rem;
  }
  .cd-stats__table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  .cd-stats__table caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.5rem;
  }
  .cd-stats__table th,
  .cd-stats__table td {
    padding: 0.375rem 0.75rem;
    border-block-end: 1px solid var(--mat-sys-outline-variant);
    text-align: start;
    vertical-align: top;
  }
  .cd-stats__table .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .cd-stats__table tfoot th,
  .cd-stats__table tfoot td {
    font-weight: 700;
    border-block-start: 2px solid var(--mat-sys-outline);
  }
`;
