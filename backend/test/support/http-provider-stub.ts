import { createServer, type IncomingMessage, type Server } from 'node:http';

/** One message the provider received, with the headers that matter. */
export interface ProviderCall {
  authorization: string | undefined;
  contentType: string | undefined;
  body: { channel: string; to: string; text: string; reference: string };
}

export interface HttpProviderStub {
  url: string;
  calls: ProviderCall[];
  /** The status the next answers give (200 by default): 503 for an outage, 400 for a refused number. */
  status: number;
  close(): Promise<void>;
}

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });

/** A local SMS/Zalo gateway: records each POST and answers with `status` (and an id when it accepts). */
export async function startHttpProvider(): Promise<HttpProviderStub> {
  const stub = { calls: [] as ProviderCall[], status: 200 } as HttpProviderStub;
  let served = 0;
  const server: Server = createServer((req, res) => {
    void read(req).then((text) => {
      stub.calls.push({
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
        body: JSON.parse(text) as ProviderCall['body'],
      });
      res.statusCode = stub.status;
      res.setHeader('Content-Type', 'application/json');
      res.end(stub.status < 300 ? JSON.stringify({ id: `msg-${++served}` }) : JSON.stringify({ error: 'refused' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  return Object.assign(stub, {
    url: `http://127.0.0.1:${port}/send`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
