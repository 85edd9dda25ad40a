import { GraphQLError } from "graphql";
import type { ApiContext } from "../ApiContext.ts";
import { badInput } from "../badInput.ts";
import { pageArgs, toConnection } from "../pagination.ts";
import { deleteStory, deleteView, findStories, findStory, findView, findViews, saveStory, saveView } from "../../graph/savedViews.ts";

const MAX_STATE_BYTES = 64 * 1024;

function writer(ctx: ApiContext): string {
  if (!ctx.actor) throw new GraphQLError("saving needs an API key: send Authorization: Bearer <key>", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
  return ctx.actor;
}

function checkTitle(title: string): string {
  const t = title.trim();
  if (!t || t.length > 200) throw badInput("title must have 1 to 200 characters");
  return t;
}


export const viewResolvers = {
  Query: {
    views: async (_: unknown, a: { first?: number; after?: string | null }, ctx: ApiContext) => {
      const { offset, limit } = pageArgs(a.first, a.after, 50);
      const page = await findViews(ctx.graph, offset, limit);
      return toConnection(page.items, offset, offset + page.items.length < page.totalCount, page.totalCount);
    },
    view: (_: unknown, a: { id: string }, ctx: ApiContext) => findView(ctx.graph, a.id),
    stories: async (_: unknown, a: { first?: number; after?: string | null }, ctx: ApiContext) => {
      const { offset, limit } = pageArgs(a.first, a.after, 50);
      const page = await findStories(ctx.graph, offset, limit);
      return toConnection(page.items, offset, offset + page.items.length < page.totalCount, page.totalCount);
    },
    story: (_: unknown, a: { id: string }, ctx: ApiContext) => findStory(ctx.graph, a.id),
  },
  Mutation: {
    saveView: (_: unknown, { input }: { input: { id?: string | null; title: string; caption?: string | null; state: string } }, ctx: ApiContext) => {
      const actor = writer(ctx);
      if (Buffer.byteLength(input.state) > MAX_STATE_BYTES) throw badInput(`state must be at most ${MAX_STATE_BYTES} bytes`);
      let parsed: unknown;
      try { parsed = JSON.parse(input.state); } catch { throw badInput("state must be a JSON object"); }
      if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw badInput("state must be a JSON object");
      if ((input.caption?.length ?? 0) > 2000) throw badInput("caption must be at most 2000 characters");
      return saveView(ctx.graph, { ...input, title: checkTitle(input.title) }, actor);
    },
    deleteView: (_: unknown, a: { id: string }, ctx: ApiContext) => deleteView(ctx.graph, a.id, writer(ctx)),
    saveStory: (_: unknown, { input }: { input: { id?: string | null; title: string; steps: { viewId: string; caption?: string | null }[] } }, ctx: ApiContext) => {
      const actor = writer(ctx);
      if (input.steps.length > 100) throw badInput("a story has at most 100 steps");
      return saveStory(ctx.graph, { ...input, title: checkTitle(input.title) }, actor);
    },
    deleteStory: (_: unknown, a: { id: string }, ctx: ApiContext) => deleteStory(ctx.graph, a.id, writer(ctx)),
  },
  SavedView: { caption: (v: { caption: string | null }) => v.caption ?? null },
};
