import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { RegistrationRequest } from './workshops.contracts';

const fields = (body: object) =>
  validateSync(plainToInstance(RegistrationRequest, body), { whitelist: true, forbidNonWhitelisted: true }).flatMap((e) => [e.property, ...(e.children ?? []).map((c) => `${e.property}.${c.property}`)]);

describe('RegistrationRequest', () => {
  it('accepts no body (signed in) and a complete guest', () => {
    expect(fields({})).toEqual([]);
    expect(fields({ guest: { name: 'Camille', email: 'camille@exemple.fr', consent: true } })).toEqual([]);
  });

  it('requires explicit consent and a valid e-mail from guests', () => {
    expect(fields({ guest: { name: 'Camille', email: 'camille@exemple.fr', consent: false } })).toEqual(['guest', 'guest.consent']);
    expect(fields({ guest: { name: 'Camille', email: 'camille', consent: true } })).toEqual(['guest', 'guest.email']);
  });
});
