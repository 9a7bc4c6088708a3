// A refused join keeps its code across the wire: the server's message ends with "[class/…]"
// and the join page reads the code and the message back; any other error has no code.

import { describe, expect, it } from 'vitest';
import { refusal } from '../../game/classroom/server/refusal.ts';
import { readRefusal } from '../../game/net/refusal.ts';

describe('refused joins', () => {
  it('carry their code in the message the client receives', () => {
    const error = refusal(403, 'class/wrong_class_code', 'wrong class code');
    expect(error.code).toBe(403);
    expect(readRefusal(error.message)).toEqual({
      code: 'class/wrong_class_code',
      message: 'wrong class code',
    });
  });

  it('keep a message that itself holds brackets or a colon', () => {
    const error = refusal(400, 'class/bad_join', 'team: a name [like this] is fine');
    expect(readRefusal(error.message)).toEqual({
      code: 'class/bad_join',
      message: 'team: a name [like this] is fine',
    });
  });

  it('leave an error from elsewhere without a code', () => {
    expect(readRefusal('WebSocket connection failed')).toBeNull();
    expect(readRefusal('offline [not a code]')).toBeNull();
  });
});
