import { describe, expect, it } from 'vitest';
import { implementationKeys, indexImplementations } from './implementations.js';

describe('indexImplementations', () => {
  it('reads every interface a class says it implements, through generics, base classes and qualified names', () => {
    const text = [
      'export class CommunityUserRepository extends BaseRepository<UserDBModel, UserEntity, object> implements IUserRepository {}',
      'class Mapper implements MapperInterface<Setting, TypeORMSetting>, Domain.Clock {',
      '}',
    ].join('\n');
    expect([...indexImplementations([{ absolutePath: '/repo/a.ts', text }]).keys()]).toEqual(['Clock', 'IUserRepository', 'MapperInterface']);
  });

  it('finds nothing in a file without an implements clause', () => {
    const text = 'export class UsersService extends BaseService {}\nconst className = "implements";';
    expect(indexImplementations([{ absolutePath: '/repo/a.ts', text }]).size).toBe(0);
  });

  const files = [
    { absolutePath: '/repo/b.ts', path: 'b.ts', text: 'export class B implements Store {}' },
    { absolutePath: '/repo/a.ts', path: 'a.ts', text: 'export class A implements Store, Clock {}' },
    { absolutePath: '/repo/c.ts', path: 'c.ts', text: 'export const c = 1;' },
  ];

  it('maps each interface name to the files implementing it, both in a stable order', () => {
    expect([...indexImplementations(files)]).toEqual([
      ['Clock', ['/repo/a.ts']],
      ['Store', ['/repo/a.ts', '/repo/b.ts']],
    ]);
  });

  it('gives the cache one key line per interface with its files, relative to the root', () => {
    const keys = implementationKeys(indexImplementations(files), (absolute) => absolute.replace('/repo/', ''));
    expect(keys).toEqual(['Clock\u0000a.ts', 'Store\u0000a.ts\u0000b.ts']);
  });
});
