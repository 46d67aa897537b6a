/**
 * Korean particles after a name the app does not know in advance (a roadmap name, a milestone
 * title, a file name…): 을/를, 이/가, 은/는, 과/와, 으로/로, 이나/나, 이라/라, chosen by the final
 * consonant (받침) of the name as it is read aloud.
 *
 * - the last Hangul syllable decides: 로드맵 → 을, 과, 으로; 논문 → 을; 모델 → 를… but 로 (ㄹ rule);
 * - digits by their Korean reading: 1 일, 3 삼, 6 육, 7 칠, 8 팔, 0 영 end in a consonant, 2 이,
 *   4 사, 5 오, 9 구 do not; a number ending in zeros by its last place (10 십, 100 백, 1000 천,
 *   10000 만, 10⁸ 억, 10¹² 조), digits after a decimal point one by one; % is read 퍼센트;
 * - punctuation, quotes, brackets and spaces at the end are skipped: “ResNet 재현 (2)” → 2;
 * - anything else (Latin letters, symbols, emoji, nothing at all) gets the combined form written
 *   the Korean way, 을(를), 이(가), 은(는), 과(와), (으)로, (이)나, (이)라: "ResNet" may be read
 *   레즈넷 or 알이에스…, and no rule can know.
 *
 * Messages use it as `{name|을/를}` (src/i18n/compile.ts); code can call `particle` directly.
 */

/** What the end of a word sounds like: no final consonant, ㄹ, another one, or unknown. */
export type Final = 'none' | 'rieul' | 'other' | 'unknown'

export interface ParticlePair {
  /** After a final consonant. */
  consonant: string
  /** After a vowel (and, for 으로/로, after ㄹ). */
  vowel: string
  /** When the end cannot be read. */
  either: string
  /** 으로/로 takes the vowel form after ㄹ too. */
  rieulAsVowel?: true
}

const PAIRS: readonly ParticlePair[] = [
  { consonant: '을', vowel: '를', either: '을(를)' },
  { consonant: '이', vowel: '가', either: '이(가)' },
  { consonant: '은', vowel: '는', either: '은(는)' },
  { consonant: '과', vowel: '와', either: '과(와)' },
  { consonant: '으로', vowel: '로', either: '(으)로', rieulAsVowel: true },
  { consonant: '이나', vowel: '나', either: '(이)나' },
  { consonant: '이라', vowel: '라', either: '(이)라' },
]

/** The particle pairs by how a message writes them: "을/를" (and "를/을"). */
const BY_SPEC = new Map<string, ParticlePair>(
  PAIRS.flatMap((p) => [
    [`${p.consonant}/${p.vowel}`, p],
    [`${p.vowel}/${p.consonant}`, p],
  ]),
)

/** The pair a message names, e.g. "과/와"; undefined for anything else. */
export function particlePair(spec: string): ParticlePair | undefined {
  return BY_SPEC.get(spec.replace(/\s+/g, ''))
}

const HANGUL_FIRST = 0xac00
const HANGUL_LAST = 0xd7a3
/** The index of ㄹ among the final consonants of a Hangul syllable. */
const JONG_RIEUL = 8

/** The final consonant of each digit's Korean reading: 영 일 이 삼 사 오 육 칠 팔 구. */
const DIGIT_FINAL: readonly Final[] = [
  'other',
  'rieul',
  'none',
  'other',
  'none',
  'none',
  'other',
  'rieul',
  'rieul',
  'none',
]

/** A number ending in `zeros` zeros is read by its last place: 십 백 천 만 억 (…), 조, 경. */
function placeFinal(zeros: number): Final {
  if (zeros < 12) return 'other' // 십, 백, 천, 만, 십만…, 억…
  if (zeros < 16) return 'none' // 조…
  if (zeros < 20) return 'other' // 경…
  return 'unknown'
}

/** Skipped at the end: white space and punctuation (quotes, brackets, dots, ellipses…) but %. */
const SKIPPED = /(?:(?!%)[\s\p{P}])+$/u
const NUMBER = /(?:(\d[\d,]*)\.)?(\d[\d,]*)$/

/** How `word` ends when read aloud in Korean. */
export function finalOf(word: string): Final {
  const rest = word.replace(SKIPPED, '')
  if (rest.endsWith('%')) return 'none' // 퍼센트
  if (!rest) return 'unknown'
  const code = rest.charCodeAt(rest.length - 1)
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) {
    const jong = (code - HANGUL_FIRST) % 28
    return jong === 0 ? 'none' : jong === JONG_RIEUL ? 'rieul' : 'other'
  }
  const number = NUMBER.exec(rest)
  if (number) {
    const digits = number[2]!.replace(/,/g, '')
    // After a decimal point digits are read one by one: 1.50 → 일 점 오 영.
    if (number[1] !== undefined) return DIGIT_FINAL[Number(digits.at(-1))]!
    const zeros = digits.length - digits.replace(/0+$/, '').length
    if (zeros === digits.length) return 'other' // 영
    if (zeros === 0) return DIGIT_FINAL[Number(digits.at(-1))]!
    return placeFinal(zeros)
  }
  return 'unknown'
}

function choose(pair: ParticlePair, final: Final): string {
  if (final === 'unknown') return pair.either
  if (final === 'none' || (final === 'rieul' && pair.rieulAsVowel)) return pair.vowel
  return pair.consonant
}

/**
 * The particle of `spec` ("을/를", "이/가", "은/는", "과/와", "으로/로", "이나/나", "이라/라", either
 * order) that follows `word`: particle('로드맵', '을/를') is '을', particle('ResNet', '과/와') is
 * '과(와)'. Throws for a spec it does not know.
 */
export function particle(word: string, spec: string): string {
  const pair = particlePair(spec)
  if (!pair) throw new RangeError(`unknown particle pair "${spec}"`)
  return choose(pair, finalOf(word))
}

/** The particle of a known pair after `word`; what compiled messages call. */
export function particleOf(word: string, pair: ParticlePair): string {
  return choose(pair, finalOf(word))
}
