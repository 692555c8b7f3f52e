import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { ASSUMED_DPI, OcrTimeoutError, PAGE_SEGMENTATION_MODE, VERTICAL_SEGMENTATION, type OcrEngine } from './ocr-engine.ts';

/** True when Debian's `tesseract` program is on PATH with Japanese data (tesseract-ocr + tesseract-ocr-jpn). */
export function tesseractCliAvailable(command = 'tesseract'): boolean {
  try {
    const result = spawnSync(command, ['--list-langs'], { encoding: 'utf8', timeout: 5000 });
    return result.status === 0 && /^jpn$/m.test(`${result.stdout}\n${result.stderr}`);
  } catch {
    return false;
  }
}

/** True when Debian's `tesseract` has the vertical Japanese model (tesseract-ocr-jpn-vert). */
function verticalModelInstalled(command: string): boolean {
  try {
    const result = spawnSync(command, ['--list-langs'], { encoding: 'utf8', timeout: 5000 });
    return result.status === 0 && /^jpn_vert$/m.test(`${result.stdout}\n${result.stderr}`);
  } catch {
    return false;
  }
}

/**
 * Debian's `tesseract` program: the image goes in on stdin, the TSV comes back on stdout (no
 * file on disk). One process per image, one thread each (OMP_THREAD_LIMIT=1: the pool decides
 * how many run at once); killed at its deadline, and by `close` (the reader stopping). It runs
 * at the reader's CPU priority: a program takes its starter's nice value.
 */
export function tesseractCliEngine(command = 'tesseract'): OcrEngine {
  let hasVertical: boolean | undefined;
  const running = new Set<ChildProcess>();
  return {
    name: 'tesseract-cli',
    recognize(png, deadlineMs, psm = PAGE_SEGMENTATION_MODE) {
      // A vertical block is read with Debian's vertical model (tesseract-ocr-jpn-vert) when it is installed; without it, nothing is read from it.
      const vertical = psm === VERTICAL_SEGMENTATION;
      if (vertical && !(hasVertical ??= verticalModelInstalled(command))) return Promise.resolve('');
      return new Promise((resolve, reject) => {
        const child = spawn(command, ['stdin', 'stdout', '-l', vertical ? 'jpn_vert' : 'jpn', '--psm', psm, '--dpi', String(ASSUMED_DPI), 'tsv'], {
          env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', OMP_THREAD_LIMIT: '1' },
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        running.add(child);
        const out: Buffer[] = [];
        let settled = false;
        const finish = (err: Error | null, tsv?: string) => {
          if (settled) return;
          settled = true;
          running.delete(child);
          clearTimeout(timer);
          if (err) reject(err);
          else resolve(tsv ?? '');
        };
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          finish(new OcrTimeoutError('OCR took longer than its deadline'));
        }, Math.max(1, deadlineMs));
        child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
        child.stderr.resume();
        child.on('error', (err) => finish(err));
        child.on('close', (code) => {
          if (code === 0) finish(null, Buffer.concat(out).toString('utf8'));
          else finish(new Error(`tesseract exited with code ${code}`));
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(png);
      });
    },
    async close() {
      for (const child of running) child.kill('SIGKILL');
      running.clear();
    },
  };
}
