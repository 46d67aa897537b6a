/** Saves text or binary data as a file through the browser's download, without any server. */
export function useDownload() {
  function downloadBlob(filename: string, blob: Blob) {
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = filename
    document.body.append(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }

  function download(filename: string, text: string, type = 'application/json') {
    downloadBlob(filename, new Blob([text], { type }))
  }

  return { download, downloadBlob }
}
