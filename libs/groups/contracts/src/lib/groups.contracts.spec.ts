import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CreateGroupRequest, JoinGroupRequest, MembershipRequest } from './groups.contracts';

const fields = (cls: new () => object, body: object) =>
  validateSync(plainToInstance(cls, body), {
    whitelist: true,
    forbidNonWhitelisted: true,
  }).map((e) => e.property);

describe('groups requests', () => {
  it('accept a group with a name and parcours slugs', () => {
    expect(
      fields(CreateGroupRequest, {
        name: 'Mardi',
        parcours: ['donnees-ouvertes'],
      }),
    ).toEqual([]);
    expect(fields(CreateGroupRequest, { name: 'Mardi', parcours: ['Pas un slug'] })).toEqual(['parcours']);
    expect(
      fields(CreateGroupRequest, {
        name: 'Mardi',
        parcours: Array.from({ length: 21 }, (_, i) => `p${i}`),
      }),
    ).toEqual(['parcours']);
  });

  it('require an explicit boolean choice to share progress', () => {
    expect(fields(JoinGroupRequest, { code: 'K7QM-2XFD', shareProgress: false })).toEqual([]);
    expect(fields(JoinGroupRequest, { code: 'K7QM-2XFD' })).toEqual(['shareProgress']);
    expect(fields(JoinGroupRequest, { code: 'K7QM-2XFD', shareProgress: 'yes' })).toEqual(['shareProgress']);
    expect(fields(MembershipRequest, {})).toEqual(['shareProgress']);
  });
});
