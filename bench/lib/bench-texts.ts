// What the webhook and widget benches send: a realistic, varied mix instead of two texts in turn (with two texts
// every per-content cache — normalisation, the echo masker — hit after the first turn, kinder than real traffic).
// Each user follows the same cycle of eight messages: questions from the field corpus's DEV half, pasted messages
// (checks) from the messages corpus's DEV half, a drill started by its button value and three answers to it. The
// lines come round again only after thousands of messages, and then with another opening and ending, so nearly
// every message is text the server has not seen. The held-out halves are never read here (a CI gate only).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBrand } from '../../src/content/brand.ts';
import { fillFieldText, parseFieldQuestions } from '../../src/faq/field.ts';
import { loadMessages } from '../../test/field/messages-corpus.ts';

type Kind = 'question' | 'message' | 'drill' | 'answer';
/** One user's cycle: 3/8 questions, 2/8 checks, 1/8 drill starts, 2/8 drill answers (a drill takes three). */
const CYCLE: readonly Kind[] = ['question', 'message', 'question', 'drill', 'answer', 'answer', 'question', 'message'];

/** What people answer a scam caller in a drill: safe, risky and unclear, in both languages. */
const DRILL_ANSWERS = [
  '你是谁？怎么知道我的信息的',
  '我先挂了，我自己打官方客服核实一下',
  '好的，那我要怎么操作',
  '验证码是 {code}，你快点帮我处理',
  '我不会给你验证码的',
  '你说的征信问题我去官方app里查',
  '这个号码是境外的吧？国内客服不会这样打',
  '我转到哪个账户？',
  '嗯嗯 可以',
  '我没有办过这个业务啊',
  '等一下我问问我家人',
  '我现在就下载那个会议软件',
  "Who are you and how did you get my number?",
  "I'll hang up and call the official hotline myself.",
  'OK what do I need to do',
  'The code is {code}',
  "I won't share any code with you.",
  'Why is the number starting with +852?',
];
const OPENINGS = ['', '你好，', '请问 ', 'hi ', '那个', '急！'];
const ENDINGS = ['', '？', ' 谢谢', '。。', '!!', ' 在线等'];

export interface BenchTexts {
  /** The k-th message of user `user` (`n` = a running count of all messages, for variety). */
  text(user: number, k: number, n: number): string;
  /** How many distinct lines each kind draws from (for the bench's header). */
  sizes: Record<'questions' | 'messages' | 'drills' | 'answers', number>;
}

export function benchTexts(root: string): BenchTexts {
  const brand = loadBrand(join(root, 'content/brand.yaml'));
  const file = join(root, 'test/field/questions-dev.tsv');
  const questions = parseFieldQuestions(readFileSync(file, 'utf8'), file).questions.map((q) => fillFieldText(q.text, brand));
  const messages = (loadMessages(join(root, 'test/field/messages-dev.tsv'), brand) ?? []).map((m) => m.text);
  const drills = scenarioIds(join(root, 'scenarios'));
  if (!questions.length || !messages.length || !drills.length) throw new Error('bench texts: the field corpora\'s dev halves are missing');
  // Another opening and ending each time the corpus comes round, so a line seldom repeats word for word.
  const vary = (lines: readonly string[], n: number) => {
    const round = Math.floor(n / lines.length);
    return `${OPENINGS[round % OPENINGS.length]}${lines[n % lines.length]}${ENDINGS[Math.floor(round / OPENINGS.length) % ENDINGS.length]}`;
  };
  return {
    sizes: { questions: questions.length, messages: messages.length, drills: drills.length, answers: DRILL_ANSWERS.length },
    text(user, k, n) {
      // Each user starts at its own point of the cycle: any 1,000 consecutive messages (one per user) hold the cycle's
      // mix, however short the run.
      const kind = CYCLE[(k + user) % CYCLE.length]!;
      if (kind === 'question') return vary(questions, n);
      if (kind === 'message') return vary(messages, n);
      if (kind === 'drill') return `/drill ${drills[(user + k) % drills.length]} ${user % 4 ? 'zh' : 'en'}`;
      const code = String(100000 + ((n * 7919) % 900000));
      return vary(DRILL_ANSWERS, n).replace('{code}', code);
    },
  };
}

/** The scenario ids (one YAML file each, named by its id; intents.yaml is not a drill). */
function scenarioIds(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && f !== 'intents.yaml')
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}
