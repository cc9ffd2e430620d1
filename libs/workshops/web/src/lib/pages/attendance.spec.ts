import { attendanceSummary, registrantsCsvUrl } from './attendance';

describe('attendance sheet', () => {
  it('counts present, absent and not yet marked people', () => {
    expect(attendanceSummary([{ attendance: 'attended' }, { attendance: null }, { attendance: 'no_show' }, { attendance: 'attended' }])).toEqual({
      total: 4,
      present: 2,
      absent: 1,
      unmarked: 1,
    });
    expect(attendanceSummary([])).toEqual({
      total: 0,
      present: 0,
      absent: 0,
      unmarked: 0,
    });
  });

  it('links the spreadsheet with the separator French software expects when asked', () => {
    expect(registrantsCsvUrl('a b', 'comma')).toBe('/api/workshops/a%20b/registrations?format=csv');
    expect(registrantsCsvUrl('id', 'semicolon')).toBe('/api/workshops/id/registrations?format=csv&separator=semicolon');
  });
});
