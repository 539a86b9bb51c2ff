-- Hand-written (no schema change): an excluded word ("Zaporizhzhia -Kherson") excludes a text when it
-- matches in ANY text search configuration. Before, each configuration's query carried its own
-- exclusion, so a configuration whose stemmer read "Kherson" differently let the text through.
-- pointwise_search_query_in (per configuration, used for ranking and highlighting) is unchanged.
CREATE OR REPLACE FUNCTION pointwise_search_query(terms jsonb, match_all boolean) RETURNS tsquery
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  cfg regconfig;
  one tsquery;
  seen text[] := '{}';
  positive tsquery := ''::tsquery;
  negative tsquery := ''::tsquery;
  wanted jsonb;
  unwanted jsonb;
BEGIN
  SELECT coalesce(jsonb_agg(t) FILTER (WHERE NOT coalesce((t ->> 'exclude')::boolean, false)), '[]'::jsonb),
         coalesce(jsonb_agg(t - 'exclude') FILTER (WHERE coalesce((t ->> 'exclude')::boolean, false)), '[]'::jsonb)
    INTO wanted, unwanted
    FROM jsonb_array_elements(terms) AS t;
  FOR cfg IN SELECT DISTINCT config FROM pointwise_search_languages() LOOP
    one := pointwise_search_query_in(wanted, match_all, cfg);
    -- Most configurations parse most words alike: OR each distinct query once.
    IF numnode(one) > 0 AND NOT one::text = ANY (seen) THEN
      seen := seen || one::text;
      positive := positive || one;
    END IF;
    negative := negative || pointwise_search_query_in(unwanted, false, cfg);
  END LOOP;
  IF numnode(positive) = 0 THEN
    RETURN ''::tsquery;
  END IF;
  RETURN CASE WHEN numnode(negative) > 0 THEN positive && !!negative ELSE positive END;
END
$$;
