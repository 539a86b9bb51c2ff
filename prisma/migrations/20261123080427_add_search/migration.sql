-- AlterTable
ALTER TABLE "Clause" ADD COLUMN     "search" tsvector;

-- AlterTable
ALTER TABLE "Reading" ADD COLUMN     "search" tsvector;

-- CreateIndex
CREATE INDEX "Clause_search_idx" ON "Clause" USING GIN ("search");

-- CreateIndex
CREATE INDEX "Reading_search_idx" ON "Reading" USING GIN ("search");


-- ---------------------------------------------------------------------------------------------------
-- Hand-written: how the search columns are filled and queried (design §3: PostgreSQL's own tsvector,
-- language-aware per clause). Triggers, not application code, keep `search` current, so every writer
-- (the import, editors, plain SQL) gets it for free. lib/server/search.ts is the only reader.
-- ---------------------------------------------------------------------------------------------------

-- Languages PostgreSQL has no stemmer for (Czech, Latvian, Ukrainian, Japanese, …) use `simple` with accents
-- folded, so "Zaporozi" finds Czech "Záporoží" and "Donecka" finds Latvian "Doņecka".
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION pointwise_simple (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION pointwise_simple ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

-- The one table of BCP 47 language → text search configuration. Anything not listed uses pointwise_simple.
CREATE FUNCTION pointwise_search_languages() RETURNS TABLE (language text, config regconfig)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT l, c::regconfig FROM (VALUES
    ('en', 'english'), ('de', 'german'), ('fr', 'french'), ('es', 'spanish'), ('it', 'italian'),
    ('pt', 'portuguese'), ('nl', 'dutch'), ('sv', 'swedish'), ('da', 'danish'), ('no', 'norwegian'),
    ('nb', 'norwegian'), ('fi', 'finnish'), ('ru', 'russian'), ('el', 'greek'), ('hu', 'hungarian'),
    ('ro', 'romanian'), ('tr', 'turkish'), ('lt', 'lithuanian'), ('ca', 'catalan'), ('sr', 'serbian'),
    ('und', 'pointwise_simple')
  ) AS m(l, c)
$$;

CREATE FUNCTION pointwise_ts_config(language text) RETURNS regconfig
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(
    (SELECT config FROM pointwise_search_languages() m WHERE m.language = lower(split_part(coalesce($1, ''), '-', 1))),
    'pointwise_simple'::regconfig)
$$;

-- Scripts written without spaces (Japanese, Chinese, Korean) would otherwise be one "word" per run of
-- characters. Each such character becomes its own token (a phrase query then matches a word exactly).
-- The separator is U+001F, a control character no text contains, so the UI can strip it from snippets.
CREATE FUNCTION pointwise_search_split(body text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(coalesce($1, ''), '([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\uff66-\uff9f])', E'\u001f\\1\u001f', 'g')
$$;

CREATE FUNCTION pointwise_search_document(language text, body text) RETURNS tsvector
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT to_tsvector(pointwise_ts_config($1), pointwise_search_split($2))
$$;

CREATE FUNCTION pointwise_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search := pointwise_search_document(NEW.language, NEW.text);
  RETURN NEW;
END
$$;

CREATE TRIGGER clause_search BEFORE INSERT OR UPDATE OF text, language ON "Clause"
  FOR EACH ROW EXECUTE FUNCTION pointwise_search_refresh();
CREATE TRIGGER reading_search BEFORE INSERT OR UPDATE OF text, language ON "Reading"
  FOR EACH ROW EXECUTE FUNCTION pointwise_search_refresh();

UPDATE "Clause" SET search = pointwise_search_document(language, text);
UPDATE "Reading" SET search = pointwise_search_document(language, text);

-- The query side. The search language is unknown (an analyst types "amnesty" and wants the German
-- "Amnestie" too), so the query is parsed in every configuration and the results OR-ed: each row then
-- matches through its own language's stemmer. `terms` is built by lib/search/query.ts:
--   [{"variants": [{"text": "zaporizhzhia", "prefix": false}, …], "exclude": false}, …]
-- Variants of one term (spellings, translations, number formats) are alternatives; terms are AND-ed when
-- match_all, else OR-ed (for ranking partial matches below full ones). Excluded terms must not occur.
CREATE FUNCTION pointwise_search_query(terms jsonb, match_all boolean) RETURNS tsquery
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  cfg regconfig;
  term jsonb;
  variant jsonb;
  alternatives tsquery;
  positive tsquery;
  negative tsquery;
  one tsquery;
  seen text[] := '{}';
  result tsquery := ''::tsquery;
BEGIN
  FOR cfg IN SELECT DISTINCT config FROM pointwise_search_languages() LOOP
    positive := ''::tsquery;
    negative := ''::tsquery;
    FOR term IN SELECT value FROM jsonb_array_elements(terms) LOOP
      alternatives := ''::tsquery;
      FOR variant IN SELECT value FROM jsonb_array_elements(term -> 'variants') LOOP
        IF coalesce((variant ->> 'prefix')::boolean, false) THEN
          -- Only letters and digits reach here (lib/search/query.ts), so the quoted lexeme is safe.
          alternatives := alternatives || to_tsquery(cfg, quote_literal(regexp_replace(variant ->> 'text', '[^[:alnum:]]', '', 'g')) || ':*');
        ELSE
          alternatives := alternatives || phraseto_tsquery(cfg, pointwise_search_split(variant ->> 'text'));
        END IF;
      END LOOP;
      IF coalesce((term ->> 'exclude')::boolean, false) THEN
        negative := negative || alternatives;
      ELSIF match_all THEN
        positive := positive && alternatives;
      ELSE
        positive := positive || alternatives;
      END IF;
    END LOOP;
    IF numnode(positive) > 0 THEN
      one := CASE WHEN numnode(negative) > 0 THEN positive && !!negative ELSE positive END;
      -- Most configurations parse most words alike: OR each distinct query once.
      IF NOT one::text = ANY (seen) THEN
        seen := seen || one::text;
        result := result || one;
      END IF;
    END IF;
  END LOOP;
  RETURN result;
END
$$;
