/**
 * Moving a plan file between the calculator and the counselor's computer. Nothing is sent
 * anywhere: a download is made from a Blob in the page, and a chosen file is read in the page.
 */

/** A file name from the plan's title, without the characters file systems refuse. */
export function planFileName(title: string): string {
  return `${(title || 'futan-plan').replace(/[\\/:*?"<>|]+/g, '_')}.json`;
}

/**
 * Offers a text as a file to download. The page cannot know whether the browser saved it (a
 * sandboxed frame may block downloads), so the caller must not say that it did.
 */
export function offerDownload(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Opens the browser's file chooser from a hidden file input made on the first use: a file input
 * on screen costs 3–5 ms of the calculator's first layout (npm run bench:browser), and a plain
 * button is easier to style and to reach. It is kept in the shadow root because some browsers
 * open no chooser for an input outside the document.
 */
export class FileChooser {
  private input?: HTMLInputElement;

  constructor(
    private readonly root: () => ParentNode,
    private readonly chosen: (file: File) => void,
  ) {}

  open(): void {
    if (!this.input) {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = 'application/json,.json';
      input.hidden = true;
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        input.value = '';
        if (file) this.chosen(file);
      });
      this.root().append(input);
      this.input = input;
    }
    this.input.click();
  }
}
