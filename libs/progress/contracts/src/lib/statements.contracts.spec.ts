import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { MyStatementsQuery } from './statements.contracts';

const check = (query: Record<string, string>) => {
  const instance = plainToInstance(MyStatementsQuery, query);
  return { instance, fields: validateSync(instance, { whitelist: true, forbidNonWhitelisted: true }).map((e) => e.property) };
};

describe('MyStatementsQuery', () => {
  it('pages by 50 by default and takes a limit and a cursor from the query string', () => {
    expect(check({}).instance.limit).toBe(50);
    const { instance, fields } = check({ limit: '20', cursor: '5f0c6a3e-8d2b-4c1a-9e7f-0a1b2c3d4e5f' });
    expect(fields).toEqual([]);
    expect(instance.limit).toBe(20);
  });

  it('refuses a limit outside 1–100 or not a whole number, and a cursor that is not a statement id', () => {
    expect(check({ limit: '0' }).fields).toEqual(['limit']);
    expect(check({ limit: '101' }).fields).toEqual(['limit']);
    expect(check({ limit: '2.5' }).fields).toEqual(['limit']);
    expect(check({ cursor: 'suivant' }).fields).toEqual(['cursor']);
    expect(check({ page: '2' }).fields).toEqual(['page']);
  });
});
