// DATA: extensions of formats that are binary by definition (images, archives, fonts, media,
// office documents, compiled objects). A walked file with one of these is skipped as binary even
// when its first bytes happen to look like text (a truncated .gif, a .pdf that starts with
// "%PDF-1.4" and plain lines); Linguist leaves them out by extension too. Text formats that
// merely look binary to some tools (.svg, .ps, .eps, .pdf-like .fdf) are not listed.
const BINARY_EXTENSIONS = new Set([
  // images; netpbm's too, whose plain variants (P1-P3) are text but pixels (the kernel's boot
  // logos were named PostScript or WebAssembly from their number columns)
  'png', 'jpg', 'jpeg', 'gif', 'bmp', 'ico', 'icns', 'webp', 'tif', 'tiff', 'psd', 'xcf', 'heic', 'avif', 'pbm', 'pgm', 'ppm', 'pnm', 'pam',
  // archives and packages
  'zip', 'gz', 'tgz', 'bz2', 'xz', 'zst', '7z', 'rar', 'tar', 'jar', 'war', 'ear', 'deb', 'rpm', 'apk', 'whl', 'nupkg', 'dmg', 'iso',
  // fonts
  'ttf', 'otf', 'woff', 'woff2', 'eot',
  // audio and video
  'mp3', 'mp4', 'm4a', 'wav', 'ogg', 'oga', 'flac', 'avi', 'mov', 'mkv', 'webm',
  // documents
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp',
  // compiled code and databases
  'exe', 'dll', 'so', 'dylib', 'o', 'a', 'lib', 'class', 'pyc', 'pyo', 'wasm', 'sqlite', 'sqlite3',
]);

export function hasBinaryExtension(path: string): boolean {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const dot = path.lastIndexOf('.');
  return dot > slash + 1 && BINARY_EXTENSIONS.has(path.slice(dot + 1).toLowerCase());
}
