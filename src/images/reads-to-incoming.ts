import type { ImageProblem, Incoming, IncomingMedia, IncomingText } from '../incoming/incoming.ts';
import { dropMetadataLines } from './drop-metadata-lines.ts';
import type { ImageRead } from './read-image.ts';

function problem(incoming: IncomingMedia, imageProblem: ImageProblem): IncomingMedia {
  return { ...incoming, imageProblem };
}

/** The reads of one image or set → a text Incoming read from images, or the reason there is none. */
export function incomingFromReads(incoming: IncomingMedia, reads: readonly ImageRead[], lowConfidence: number): IncomingText | IncomingMedia {
  const read = reads.filter((r): r is Extract<ImageRead, { outcome: 'read' }> => r.outcome === 'read');
  if (read.length === 0) {
    if (reads.some((r) => r.outcome === 'problem' && r.problem === 'too_large')) return problem(incoming, 'too_large');
    if (reads.some((r) => r.outcome === 'problem')) return problem(incoming, 'unreadable');
    if (reads.some((r) => r.outcome === 'timeout')) return problem(incoming, 'timeout');
    return problem(incoming, 'no_text');
  }
  // Classified without the screen's own lines (dates, times, 既読), as a person reading it would skip them.
  const text = dropMetadataLines(read.map((r) => r.text).join('\n'));
  let chars = 0;
  let sum = 0;
  for (const r of read) {
    const n = [...r.text].length;
    chars += n;
    sum += n * r.confidence;
  }
  const confidence = chars === 0 ? 0 : sum / chars;
  const { kind: _kind, mediaType: _mediaType, imageProblem: _problem, ...base } = incoming;
  return {
    ...base,
    kind: 'text',
    text,
    mentionsBot: false,
    quoteToken: null,
    image: { confidence: Math.round(confidence * 1000) / 1000, lowConfidence: confidence < lowConfidence || read.length < reads.length, images: read.length },
  };
}

/**
 * What a store may record of an event: a text read from an image is recorded as an image,
 * without its text (the read text is never stored, even with STORE_UNANSWERED_TEXT); others unchanged.
 */
export function withoutReadText(incoming: Incoming): Incoming {
  if (incoming.kind !== 'text' || !incoming.image) return incoming;
  const { kind: _kind, text: _text, mentionsBot: _mention, quoteToken: _quote, image: _image, ...base } = incoming;
  return { ...base, kind: 'media', mediaType: 'image' };
}
