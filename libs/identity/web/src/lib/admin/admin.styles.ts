/** Styles shared by the administration pages (tables that scroll on small screens, filters that wrap). */
export const ADMIN_STYLES = `
  .cd-admin__filters {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: flex-end;
    margin-block: 1rem 1.5rem;
  }
  .cd-admin__filters .cd-field {
    margin: 0;
    min-inline-size: min(100%, 14rem);
  }
  .cd-admin__table-wrap {
    overflow-x: auto;
    margin-block: 1rem 1.5rem;
  }
  .cd-admin__table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  .cd-admin__table caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.5rem;
  }
  .cd-admin__table th,
  .cd-admin__table td {
    padding: 0.5rem 0.75rem;
    border-block-end: 1px solid var(--mat-sys-outline-variant);
    text-align: start;
    vertical-align: top;
  }
  .cd-admin__pager {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: center;
    margin-block-end: 2rem;
  }
  .cd-admin__badge {
    display: inline-block;
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: 4px;
    font-size: 0.875rem;
  }
  .cd-admin__panel {
    margin-block: 1rem 2rem;
    padding: 1rem 1.25rem;
    border: 1px solid var(--mat-sys-outline-variant);
  }
  .cd-admin__panel h2 {
    margin-block-start: 0;
  }
  .cd-admin__facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
  }
  .cd-admin__facts dt {
    font-weight: 700;
  }
  .cd-admin__facts dd {
    margin: 0;
  }
  @media (max-width: 30rem) {
    .cd-admin__facts {
      grid-template-columns: 1fr;
    }
    .cd-admin__facts dd {
      margin-block-end: 0.5rem;
    }
  }
`;
