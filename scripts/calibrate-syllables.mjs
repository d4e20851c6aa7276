#!/usr/bin/env node
// `node scripts/calibrate-syllables.mjs` (after `npm run build`): the narration factor of
// src/measure/timing.ts. Plain English e-learning narration is read at about 150 words per minute
// (the e-learning preset); this finds the factor k for which syllables / (6.19 × k) + pauses gives
// that time on the text below, a typical plain-English course narration written for this purpose.
import { countPauses, countSyllables } from '../dist/measure/syllables.js';
import { PAUSES, READING_RATES, REFERENCE_WPM } from '../dist/measure/timing.js';
import { countWords } from '../dist/text/words.js';

const TEXT = `Welcome to this short course on working safely with customer data. Over the next few minutes, we will look at what counts as personal information, why it matters, and what you can do to protect it every day.
Personal information is anything that can identify a person. A name is personal information. So is an email address, a phone number, or a photo. Even a combination of small details, such as a job title and a town, can point to one person.
Why does it matter? When personal information is lost or misused, real people can be harmed. They may lose money, face embarrassment, or find that someone has used their identity. For the company, a breach can mean heavy fines and a loss of trust that takes years to rebuild.
So what can you do? Start with the basics. Lock your screen whenever you leave your desk. Use strong passwords, and never share them with anyone, not even a colleague. Be careful with email: check the address before you press send, and think twice before you open an attachment you were not expecting.
When you no longer need a document, dispose of it properly. Paper goes in the secure shredding bins, not the recycling. Files on your computer should be deleted from shared folders once the work is done.
Finally, if something goes wrong, speak up quickly. Report any lost device, misdirected email or suspicious message to the help desk straight away. The sooner we know, the more we can do to limit the damage.
Thank you for taking the time to complete this module. In the next section, you will try a few short exercises to check what you have learned.`;

const words = countWords(TEXT);
const syllables = countSyllables(TEXT, 'en');
const pauses = countPauses(TEXT);
const pauseSeconds = pauses.short * PAUSES.short + pauses.long * PAUSES.long;
const target = (words / REFERENCE_WPM) * 60;
const k = syllables / ((target - pauseSeconds) * READING_RATES.en);
console.log(`words ${words}, syllables ${syllables} (${(syllables / words).toFixed(2)} per word), pauses ${pauses.short} short + ${pauses.long} long = ${pauseSeconds.toFixed(1)} s`);
console.log(`150 wpm → ${target.toFixed(1)} s; narration factor k = ${k.toFixed(3)} (English narration ${(READING_RATES.en * k).toFixed(2)} syllables/s)`);
