import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AnalyticsQuery } from './analytics.contracts';

const invalid = (query: Record<string, string>) =>
  validateSync(plainToInstance(AnalyticsQuery, query), { whitelist: true, forbidNonWhitelisted: true }).map((e) => e.property);

describe('AnalyticsQuery', () => {
  it('takes an audience and a period given as ISO 8601 dates or date-times', () => {
    expect(invalid({})).toEqual([]);
    expect(invalid({ audience: 'mediateur', from: '2027-01-01', to: '2027-07-01T00:00:00+02:00' })).toEqual([]);
  });

  it('refuses an unknown audience, a date that is not ISO 8601 or does not exist, and unknown filters', () => {
    expect(invalid({ audience: 'maire' })).toEqual(['audience']);
    expect(invalid({ from: 'hier' })).toEqual(['from']);
    expect(invalid({ to: '2027-02-30' })).toEqual(['to']);
    expect(invalid({ ville: 'Lyon' })).toEqual(['ville']);
  });
});
