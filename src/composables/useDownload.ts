/** Saves text as a file through the browser's download, without any server. */
export function useDownload() {
  function download(filename: string, text: string, type = 'application/json') {
    const url = URL.createObjectURL(new Blob([text], { type }))
    const link = document.createElement('a')
    link.href = url
    link.download = filename
    document.body.append(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }
  return { download }
}
