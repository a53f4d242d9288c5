/** What the drop zone and the picker accept: Fountain, Final Draft and PDF. */
export const SCRIPT_FILE_ACCEPT = '.fountain,.spmd,.txt,.fdx,.pdf,application/pdf,text/plain';

const EXTENSIONS = /\.(fountain|spmd|txt|fdx|pdf)$/i;

/** Whether a file looks like a script by its name (the server has the final word). */
export const looksLikeScript = (fileName: string): boolean => EXTENSIONS.test(fileName);

/** "184 KB", "2.4 MB". */
export const formatFileSize = (bytes: number): string => {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
};
