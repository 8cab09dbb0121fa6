import type { MythEntry } from '../schema';

// FACTS.md §5 rows M1…M13: claims of the seed article (and one common belief, M8) that must
// never be shown as fact. Each card leads with the correction; `claim` is the short quote
// (≤ 12 words) and is only ever shown labelled as the claim. Two or more quoted phrases of one
// row are separated by " / ". All other text is our own wording.

/** §5 note: whether massage spreads cancer. Shown wherever the myth touches tumours. */
const CANCER_SPREAD_NOTE =
  'Whether massage can spread cancer: older advice treated any cancer as a reason to avoid massage. Current UK and Australian cancer-charity advice says research has found no good evidence that massage spreads cancer in people whose cancer is diagnosed and being looked after; pressure over tumours should still be avoided, ideally with a therapist trained in cancer care. The remaining worry is a bone tumour that has not been found yet: one case report and one small study (both weak evidence) linked massage before diagnosis with the tumour spreading sooner. So do not have massage over a painful lump or bone swelling that has not been checked; get it checked first.';

export const myths: MythEntry[] = [
  {
    id: 'myth-m1',
    kind: 'myth',
    title: 'Can massage remove tumours or "salt deposits"?',
    claim: 'you can get rid of existing tumors and salt deposits',
    verdict: 'false and potentially harmful',
    summary:
      'No: massage does not shrink or remove tumours. Believing it could delays getting a lump checked.',
    correction:
      'There is no evidence that massage shrinks, removes, slows or reverses any tumour. Cancer organisations advise the opposite: avoid pressure over a tumour. Any new lump or swelling needs to be checked by a doctor, and massage should not put that off.',
    aka: [
      'massage to remove tumours',
      'massage removes tumors',
      'can massage shrink a tumour',
      'massage cures cancer',
      'massage dissolves lumps',
      'massage to remove salt deposits',
    ],
    related: [
      'myth-m2',
      'ci-undiagnosed-lump',
      'ci-cancer',
      'ci-tumour-site',
      'spinal-cancer-mscc',
      'rf-lump-deformity',
      'massage',
    ],
    disagreements: [CANCER_SPREAD_NOTE],
    evidenceNotes: ['The American Cancer Society statement was seen only as a quotation on another site.'],
    sources: ['S37', 'S27', 'S34', 'S36', 'S64', 'S65'],
    reviewed: '2026-11-25',
  },
  {
    id: 'myth-m2',
    kind: 'myth',
    title: 'Are there "salt deposits" in the spine that massage can break up?',
    claim: 'salt deposits',
    verdict: 'false',
    summary:
      'What people call "salt deposits" on a spine X-ray are usually bone spurs, which massage cannot change.',
    correction:
      'The bumps sometimes called "salt deposits" are usually bone spurs (osteophytes): small outgrowths of bone that form with age and wear of the joints. They are bone, not salt, so massage cannot dissolve or break them up. They often cause no symptoms at all.',
    aka: [
      'salt in the spine',
      'salt deposits in the neck',
      'bone spurs',
      'osteophytes',
      'break up salt deposits',
    ],
    related: ['myth-m1', 'nonspecific-low-back-pain', 'massage'],
    sources: ['S41'],
    reviewed: '2026-11-25',
  },
  {
    id: 'myth-m3',
    kind: 'myth',
    title: 'Does massage rejuvenate the skin?',
    claim: 'to rejuvenate the skin / regeneration of the skin',
    verdict: 'unsupported',
    summary: 'No reliable source was found showing that massage makes skin younger or regrow.',
    correction:
      'We found no reputable evidence that massage rejuvenates or regenerates skin. A massage may feel pleasant, but that is not the same as repairing or renewing the skin.',
    aka: ['massage for younger skin', 'massage skin regeneration', 'anti-ageing massage'],
    related: ['massage'],
    evidenceNotes: ['No reputable source either way was found; this is an absence of evidence.'],
    sources: ['GEN'],
    reviewed: '2026-11-25',
  },
  {
    id: 'myth-m4',
    kind: 'myth',
    title: 'Can massage get rid of back pain completely?',
    claim: 'eliminate pain / removing back pain',
    verdict: 'overstated',
    summary: 'Massage may ease back pain a little for a short time; it does not make it go away for good.',
    correction:
      'Studies suggest massage gives small, mostly short-lived relief, and the quality of that evidence is low. US guidance lists it as one option for recent back pain; UK guidance supports hands-on therapy only alongside exercise. Staying active and following self-care advice matter more.',
    aka: [
      'does massage cure back pain',
      'massage gets rid of back pain',
      'massage for back pain',
      'will massage fix my back',
    ],
    related: ['massage', 'nonspecific-low-back-pain', 'rf-no-improvement'],
    sources: ['S29', 'S3', 'S1'],
    reviewed: '2026-11-25',
  },
  {
    id: 'myth-m5',
    kind: 'myth',
    title: 'Can massage rebuild joints, tendons and ligaments?',
    claim: 'restoring joints, tendons and ligaments',
    verdict: 'unsupported',
    summary: 'No evidence was found that massage repairs or restores the structure of joints or ligaments.',
    correction:
      'We found no evidence that massage restores damaged joints, tendons or ligaments. It may ease muscle tension and pain for a while, but it does not rebuild tissue.',
    aka: ['massage repairs joints', 'massage heals ligaments', 'massage for tendon repair'],
    related: ['massage', 'muscle-strain'],
    evidenceNotes: ['No reputable source either way was found; this is an absence of evidence.'],
    sources: ['GEN'],
    reviewed: '2026-11-25',
  },
  {
    id: 'myth-m6',
    kind: 'myth',
    title: 'Does massage "normalise" the nervous system and metabolism?',
    claim: 'normalization of muscle balance, nervous system and metabolic processes',
    verdict: 'unsupported',
    summary: 'This is too vague to test, and there is no evidence for it.',
    correction:
      'There is no clear meaning to "normalising" the nervous system or metabolism, and no evidence that massage does it. Research on massage is mostly early or mixed, and the effects that have been found are mostly short-term.',
    aka: ['massage balances the nervous system', 'massage boosts metabolism', 'massage detox metabolism'],
    related: ['massage'],
    sources: ['S27'],
    reviewed: '2026-11-25',
  },
  {
    id: 'myth-m7',
    kind: 'myth',
    title: 'Does a back massage boost circulation and lymph flow?',
    claim: 'improving circulatory and lymphatic systems',
    verdict: 'overstated',
    summary:
      'General benefits to circulation are claimed but poorly shown. Lymph drainage is a separate, specialised treatment.',
    correction:
      'Manual lymphatic drainage (MLD) is a specialised gentle massage for lymphoedema (swelling), done by trained therapists; an ordinary back massage is not that. Better circulation is often given as an aim of massage, but there is little good evidence that it improves the circulation in a lasting or health-changing way.',
    aka: [
      'massage improves circulation',
      'massage for lymph drainage',
      'massage boosts blood flow',
      'lymphatic massage',
    ],
    related: ['ci-lymphoedema', 'massage'],
    sources: ['S35', 'S34'],
    reviewed: '2026-11-25',
  },
  {
    id: 'myth-m8',
    kind: 'myth',
    title: 'Does massage flush out toxins or lactic acid?',
    claim: 'massage flushes toxins or lactic acid',
    verdict: 'false',
    summary: 'Soreness after massage is not toxins or lactic acid leaving the body. (A common belief.)',
    correction:
      'Lactic acid clears from muscles by itself within about an hour of exercise, so there is none left for a massage to push out. No particular toxins have been shown to be released or removed by massage. Mild soreness afterwards is simply tired, worked muscle and settles within a day or two.',
    aka: [
      'massage releases toxins',
      'flush out toxins',
      'drink water after massage to flush toxins',
      'massage removes lactic acid',
    ],
    related: ['post-massage-soreness', 'massage'],
    evidenceNotes: [
      'Support from reputable reviews was found only second-hand; this is widely accepted, with moderate confidence.',
    ],
    sources: ['GEN'],
    reviewed: '2026-12-04',
  },
  {
    id: 'myth-m9',
    kind: 'myth',
    title: 'Does a cold or uncovered lower back cause back pain?',
    claim: 'hypothermia of the exposed lower back',
    verdict: 'unsupported',
    summary: 'Large studies found no link between cold or weather and new back pain.',
    correction:
      'Two large Australian studies of about 1,000 people each found that temperature, humidity, air pressure and rain did not affect when back pain started. Back pain put down to "a chill" is usually ordinary back pain. If a chill comes with a fever and back pain, it could be an infection and needs checking.',
    aka: [
      'caught a chill in my back',
      'cold back causes back pain',
      'draught gave me back pain',
      'back pain from cold weather',
    ],
    related: ['cold-exposure-back', 'nonspecific-low-back-pain', 'rf-fever'],
    sources: ['S39'],
    reviewed: '2026-11-25',
  },
  {
    id: 'myth-m10',
    kind: 'myth',
    title: 'Does a damaged spinal bone harm the internal organs?',
    claim: 'It is a violation of the internal organs',
    verdict: 'misleading',
    summary: 'A single broken or collapsed spinal bone does not usually affect the organs.',
    correction:
      'Spinal bone fractures cause pain, loss of height and a more curved back. Only when several bones have collapsed and the back is very curved can there be knock-on effects, such as difficulty breathing. A possible spinal fracture still needs checking quickly.',
    aka: [
      'does a crushed vertebra damage organs',
      'spine deformity affects organs',
      'collapsed vertebra organs',
    ],
    related: ['vertebral-fracture-deformity', 'ci-osteoporosis'],
    sources: ['S16'],
    reviewed: '2026-11-25',
  },
  {
    id: 'myth-m11',
    kind: 'myth',
    title: 'Does back pain become permanent over time?',
    claim: 'over time the pain become permanent',
    verdict: 'misleading',
    summary:
      'Most back pain and sciatica get better within weeks. Pain that keeps getting worse is a reason to get checked.',
    correction:
      'Most back pain improves within a few weeks, and sciatica usually gets better within weeks too. Pain that gets steadily worse is not something to expect or put up with: it is a reason to see a GP or physiotherapist.',
    aka: ['will my back pain be permanent', 'back pain forever', 'chronic back pain for life'],
    related: [
      'nonspecific-low-back-pain',
      'sciatica-herniated-disc',
      'spinal-injury-trauma',
      'rf-no-improvement',
    ],
    sources: ['S4', 'S5'],
    reviewed: '2026-11-25',
  },
  {
    id: 'myth-m12',
    kind: 'myth',
    title: 'Is pain after massage caused by muscles that were tense beforehand?',
    claim: 'before the muscles were in a relaxed state',
    verdict: 'unsupported',
    summary: 'No source supports this explanation for pain after massage.',
    correction:
      'No source explains pain after massage this way. Mild soreness for a day or so after massage is common, but sharp, severe or worsening pain is not normal and should be checked rather than explained away.',
    aka: [
      'why does my back hurt after massage',
      'pain after massage is normal',
      'tense muscles cause pain after massage',
    ],
    related: ['post-massage-soreness', 'massage-related-injury'],
    sources: ['S33', 'GEN'],
    reviewed: '2026-11-25',
  },
  {
    id: 'myth-m13',
    kind: 'myth',
    title: 'Can massage treat kidney, gallbladder, pancreas or chest infections?',
    claim: 'massage is a treatment for the listed diseases',
    verdict: 'false and potentially harmful',
    summary:
      'No. Kidney infection, prostate infection, pancreatitis, gallbladder inflammation, pneumonia and pelvic infection need medical treatment.',
    correction:
      'These illnesses need a doctor and often medicines such as antibiotics, sometimes in hospital. Massage does not treat them, and it should be avoided while they are active. Back pain with a fever, or with tummy pain, needs checking first.',
    aka: [
      'massage for kidney infection',
      'massage for pancreatitis',
      'massage for gallbladder',
      'massage for pneumonia',
      'massage for prostatitis',
    ],
    related: [
      'pyelonephritis',
      'prostatitis',
      'acute-pancreatitis',
      'acute-cholecystitis',
      'pneumonia',
      'pelvic-inflammatory-disease',
      'ci-fever-acute-infection',
      'ci-acute-abdomen',
      'ci-red-flag-pain',
    ],
    sources: ['S7', 'S8', 'S9', 'S10', 'S11', 'S13', 'S27'],
    reviewed: '2026-11-25',
  },
];
