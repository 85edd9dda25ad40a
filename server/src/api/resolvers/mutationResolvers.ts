import { GraphQLError } from "graphql";
import type { ApiContext } from "../ApiContext.ts";
import { badInput } from "../badInput.ts";
import { prepareArticleText } from "../../ingest/prepareArticle.ts";
import { ExtractInputError } from "../../extract/ExtractInputError.ts";
import { loadArticle, deleteArticle } from "../../graph/loadArticle.ts";
import { mergeEntities, updateEntity, type EntityUpdate } from "../../graph/curateEntities.ts";
import { recordAuditEntry } from "../../graph/recordAuditEntry.ts";
import { findEntityProps } from "../../graph/findEntity.ts";
import { findArticle } from "../../graph/findArticles.ts";
import { fromProps } from "./entityResolvers.ts";
import { checkDate } from "./queryResolvers.ts";
import type { Language } from "../../extract/types.ts";

/** Every write needs a valid key; the key's name is the actor in the audit trail. */
function requireWriter(ctx: ApiContext): string {
  if (!ctx.actor) {
    throw new GraphQLError("writes need an API key: send Authorization: Bearer <key>", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
  }
  return ctx.actor;
}

interface IngestInput { text: string; id?: string | null; title?: string | null; url?: string | null; source?: string | null; published?: string | null; language?: string | null }

export const mutationResolvers = {
  Mutation: {
    ingestArticle: async (_: unknown, { input }: { input: IngestInput }, ctx: ApiContext) => {
      const actor = requireWriter(ctx);
      if (input.published != null && !/^\d{4}-\d{2}-\d{2}$/.test(input.published)) throw badInput("published must be YYYY-MM-DD");
      checkDate("published", input.published);
      if (input.language != null && !["ar", "en", "fr"].includes(input.language)) throw badInput("language must be ar, en or fr");
      let prepared;
      try {
        prepared = prepareArticleText(input.text, {
          id: input.id ?? undefined, title: input.title ?? undefined, url: input.url ?? undefined, source: input.source ?? undefined,
          published: input.published ?? undefined, language: (input.language as Language | null) ?? undefined,
        }, ctx.maxArticleBytes);
      } catch (e) {
        if (e instanceof ExtractInputError) throw badInput(`${e.message} (${e.code})`);
        throw e;
      }
      const result = await loadArticle(ctx.graph, prepared.article, prepared.extraction);
      if (result.status !== "unchanged") {
        await recordAuditEntry(ctx.graph, actor, "ingestArticle", prepared.article.id, { status: result.status, title: prepared.article.title });
        ctx.graphChanged();
      }
      const stored = await findArticle(ctx.graph, prepared.article.id);
      const x = prepared.extraction;
      return {
        article: { label: "Article", props: stored?.props ?? prepared.article, entities: stored?.entities },
        status: result.status,
        nodesCreated: result.nodesCreated,
        relationshipsCreated: result.relationshipsCreated,
        extracted: {
          states: x.states.map((s) => s.iso2),
          officials: x.officials.map((o) => ({ id: o.id, name: o.name, title: o.title, state: o.state })),
          agreements: x.agreements.map((g) => ({ id: g.id, kind: g.kind, name: g.name, states: g.parties, date: g.date })),
          meetings: x.meetings.map((m) => ({ id: m.id, kind: m.kind, name: m.name, states: m.participants, date: m.date })),
        },
      };
    },
    deleteArticle: async (_: unknown, { id }: { id: string }, ctx: ApiContext) => {
      const actor = requireWriter(ctx);
      const deleted = await deleteArticle(ctx.graph, id);
      if (deleted) {
        await recordAuditEntry(ctx.graph, actor, "deleteArticle", id, {});
        ctx.graphChanged();
      }
      return { id, deleted };
    },
    mergeEntities: async (_: unknown, a: { keep: string; remove: string }, ctx: ApiContext) => {
      const actor = requireWriter(ctx);
      await mergeEntities(ctx.graph, a.keep, a.remove, actor);
      ctx.graphChanged();
      return fromProps((await findEntityProps(ctx.graph, [a.keep])).get(a.keep) ?? null);
    },
    updateEntity: async (_: unknown, a: { id: string; input: EntityUpdate }, ctx: ApiContext) => {
      const actor = requireWriter(ctx);
      if (a.input.date != null) checkDate("date", a.input.date);
      if (a.input.stateIso2 != null && !/^[A-Z]{2}$/.test(a.input.stateIso2)) throw badInput("stateIso2 must be an ISO 3166-1 alpha-2 code");
      await updateEntity(ctx.graph, a.id, a.input, actor);
      ctx.graphChanged();
      return fromProps((await findEntityProps(ctx.graph, [a.id])).get(a.id) ?? null);
    },
  },
};
