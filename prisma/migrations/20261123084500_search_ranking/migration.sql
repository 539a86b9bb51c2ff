-- Hand-written (no schema change): ranking and highlighting use the query in the row's own language.
-- ts_rank_cd's cost grows with the size of the query, and the all-languages query of
-- pointwise_search_query (every configuration × every spelling of every term) is far too big to rank
-- with: 70 ms per row for "army size". Matching keeps the all-languages query (it goes through the GIN
-- index); each matching row is then ranked and highlighted with its own configuration's part of it.

-- The query of one configuration: `terms` as in pointwise_search_query (add_search migration).
CREATE FUNCTION pointwise_search_query_in(terms jsonb, match_all boolean, cfg regconfig) RETURNS tsquery
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  term jsonb;
  variant jsonb;
  alternatives tsquery;
  positive tsquery := ''::tsquery;
  negative tsquery := ''::tsquery;
BEGIN
  FOR term IN SELECT value FROM jsonb_array_elements(terms) LOOP
    alternatives := ''::tsquery;
    FOR variant IN SELECT value FROM jsonb_array_elements(term -> 'variants') LOOP
      IF coalesce((variant ->> 'prefix')::boolean, false) THEN
        -- Only letters, digits and spaces reach here (lib/search/query.ts); each word is quoted, the
        -- words are a phrase, and the last one is a prefix.
        alternatives := alternatives || to_tsquery(cfg, (
          SELECT string_agg(quote_literal(w), ' <-> ')
          FROM regexp_split_to_table(regexp_replace(variant ->> 'text', '[^[:alnum:] ]', '', 'g'), ' +') AS w
          WHERE w <> '') || ':*');
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
  IF numnode(positive) = 0 THEN
    RETURN ''::tsquery;
  END IF;
  RETURN CASE WHEN numnode(negative) > 0 THEN positive && !!negative ELSE positive END;
END
$$;

-- Same meaning as before, now built from the per-configuration queries.
CREATE OR REPLACE FUNCTION pointwise_search_query(terms jsonb, match_all boolean) RETURNS tsquery
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  cfg regconfig;
  one tsquery;
  seen text[] := '{}';
  result tsquery := ''::tsquery;
BEGIN
  FOR cfg IN SELECT DISTINCT config FROM pointwise_search_languages() LOOP
    one := pointwise_search_query_in(terms, match_all, cfg);
    -- Most configurations parse most words alike: OR each distinct query once.
    IF numnode(one) > 0 AND NOT one::text = ANY (seen) THEN
      seen := seen || one::text;
      result := result || one;
    END IF;
  END LOOP;
  RETURN result;
END
$$;
