import { WrongPasswordError } from '@culture-d/identity/domain';
import type { IdentityService } from '@culture-d/identity/server';
import { PersonalDataRegistry, type PersonalDataContributor } from '@culture-d/shared/server';
import type { DataSource, EntityManager } from 'typeorm';
import { DeleteMyAccountUseCase } from './delete-my-account.use-case';

describe('DeleteMyAccountUseCase', () => {
  const manager = {} as EntityManager;
  const calls: string[] = [];
  const contributor = (name: string, order: number): PersonalDataContributor => ({
    name,
    order,
    entities: [],
    export: async () => ({}),
    erase: async (userId, m) => {
      expect(m).toBe(manager);
      calls.push(`${name}:${userId}`);
    },
  });
  const registry = new PersonalDataRegistry();
  registry.register(contributor('identity', 1000));
  registry.register(contributor('progress', 0));
  registry.register(contributor('workshops', 0));
  const dataSource = { transaction: async (work: (m: EntityManager) => Promise<void>) => work(manager) } as unknown as DataSource;

  beforeEach(() => (calls.length = 0));

  it('erases nothing when the password is wrong', async () => {
    const identity = { verifyPassword: async () => false, record: jest.fn() } as unknown as IdentityService;
    await expect(new DeleteMyAccountUseCase(dataSource, registry, identity).execute('u1', 'nope')).rejects.toBeInstanceOf(WrongPasswordError);
    expect(calls).toEqual([]);
  });

  it('lets every domain erase in one transaction, the account last, and journals an anonymous fact', async () => {
    const record = jest.fn();
    const identity = { verifyPassword: async () => true, record } as unknown as IdentityService;
    await new DeleteMyAccountUseCase(dataSource, registry, identity).execute('u1', 'right');
    expect(calls).toEqual(['progress:u1', 'workshops:u1', 'identity:u1']);
    expect(record).toHaveBeenCalledWith(manager, 'account_deleted', null);
  });
});
