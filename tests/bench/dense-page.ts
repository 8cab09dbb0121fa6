// The bench's term-dense page: a forum thread made of realistic posts (forum-text.ts), light
// markup. Shared by page.bench.ts and profile-top.ts so both measure the same page.
import { FORUM_POSTS } from './forum-text';

const USERS = ['sore_sam', 'RunnerGirl82', 'deskjockey', 'grandad_mike', 'physio_fan', 'Lou', 'newbie2024'];

/** A forum thread of `posts` posts (~300 bytes of text each), light markup: a name and the post. */
export function densePage(posts: number): string {
  const body: string[] = ['<h1>Back pain support forum</h1>'];
  for (let i = 0; i < posts; i++) {
    if (i % 25 === 0) body.push(`<h2>Thread ${i / 25 + 1}: what helped your back?</h2>`);
    // A fixed shuffle (7 is coprime with 30) so neighbouring posts differ.
    const post = FORUM_POSTS[(i * 7) % FORUM_POSTS.length];
    body.push(`<div class="post"><b>${USERS[i % USERS.length]}</b><p>${post}</p></div>`);
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>forum</title></head><body>${body.join('\n')}</body></html>`;
}
