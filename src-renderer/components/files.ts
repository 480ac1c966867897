/** A picked file as the API takes it: name, declared type, bytes in base64. */
export interface PickedFile {
  fileName: string;
  mime: string;
  base64: string;
  size: number;
}

export async function readFileAsBase64(file: File): Promise<PickedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { fileName: file.name, mime: file.type, base64: bytesToBase64(bytes), size: file.size };
}

/** Chunked, so a 10 MB scan does not overflow the argument list of String.fromCharCode. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export function base64ToBlob(base64: string, mime: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}
