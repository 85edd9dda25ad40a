/** Saves a blob under `filename` through a temporary link, the way a browser download starts. */
export function downloadFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `entente-YYYYMMDD-HHMM.<extension>`, in local time. */
export function exportFilename(extension: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `entente-${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}.${extension}`;
}
