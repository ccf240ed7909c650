/**
 * A response body read whole but never past a cap: the declared length is checked first, then the
 * bytes as they stream in, so a larger body is refused before it is held in memory.
 */
export async function readCappedBody(
  stream: ReadableStream<Uint8Array>,
  declaredLength: number,
  maxBytes: number,
  tooLarge: () => Error,
): Promise<Buffer> {
  if (Number.isFinite(declaredLength) && declaredLength > maxBytes) {
    await stream.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
