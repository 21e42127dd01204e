import { describe, expect, it } from 'vitest';
import { parsePrismaModels } from './prisma-models.js';

describe('parsePrismaModels', () => {
  it('reads each model with its fields, lists and optionals, skipping attributes and comments', () => {
    const models = parsePrismaModels(`
// model Ghost { id String }
model User {
  id    String  @id @default(cuid())
  email String? // the login
  posts Post[]
  @@index([email])
}
enum Role { ADMIN USER }
`);
    expect(models).toEqual([
      {
        name: 'User',
        fields: [
          { name: 'id', type: 'String', list: false, optional: false },
          { name: 'email', type: 'String', list: false, optional: true },
          { name: 'posts', type: 'Post', list: true, optional: false },
        ],
      },
    ]);
  });
});
