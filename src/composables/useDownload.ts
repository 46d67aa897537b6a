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

/**
 * Rasterises standalone SVG text to a PNG of `size` × `scale` pixels on a solid background.
 * Shared by the chart and graph downloads.
 */
export async function svgToPng(
  svgText: string,
  size: { width: number; height: number },
  background: string,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(size.width * scale)
    canvas.height = Math.round(size.height * scale)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2D canvas')
    context.fillStyle = background
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}
