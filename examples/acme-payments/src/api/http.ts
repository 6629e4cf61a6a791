// Minimal request/response shapes, so the handlers do not depend on a web framework's types.

export interface Request {
  body: unknown;
  params: Record<string, string>;
  query: Record<string, string | undefined>;
  header(name: string): string | undefined;
}

export interface Response {
  status(code: number): Response;
  json(body: unknown): void;
}

export type Handler = (req: Request, res: Response) => Promise<void>;
