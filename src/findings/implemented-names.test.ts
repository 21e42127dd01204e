import { describe, expect, it } from 'vitest';
import { indexImplementations, listImplementations, listImplementedNames } from './implemented-names.js';

describe('listImplementedNames', () => {
  it('reads every interface a class says it implements, through generics, base classes and qualified names', () => {
    const text = [
      'export class CommunityUserRepository extends BaseRepository<UserDBModel, UserEntity, object> implements IUserRepository {}',
      'class Mapper implements MapperInterface<Setting, TypeORMSetting>, Domain.Clock {',
      '}',
    ].join('\n');
    expect(listImplementedNames(text)).toEqual(['Clock', 'IUserRepository', 'MapperInterface']);
  });

  it('finds nothing in a file without an implements clause', () => {
    expect(listImplementedNames('export class UsersService extends BaseService {}\nconst className = "implements";')).toEqual([]);
  });
});

describe('indexImplementations and listImplementations', () => {
  const files = [
    { absolutePath: '/repo/b.ts', path: 'b.ts', text: 'export class B implements Store {}' },
    { absolutePath: '/repo/a.ts', path: 'a.ts', text: 'export class A implements Store, Clock {}' },
    { absolutePath: '/repo/c.ts', path: 'c.ts', text: 'export const c = 1;' },
  ];

  it('maps each interface name to the files implementing it', () => {
    expect([...indexImplementations(files)]).toEqual([
      ['Store', ['/repo/b.ts', '/repo/a.ts']],
      ['Clock', ['/repo/a.ts']],
    ]);
  });

  it('lists the implementing files in path order for the cache key', () => {
    expect(listImplementations(files)).toEqual(['a.ts\u0000Clock,Store', 'b.ts\u0000Store']);
  });
});
