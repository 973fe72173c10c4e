"""Named-entity recognition: the trained tagger and its parts.

- :mod:`marsad.ner.tagger`: ``load_tagger(res) -> Tagger``; ``Tagger.tag(text, tokens, sentences)``
  returns PER/ORG/LOC/MISC :class:`~marsad.document.Entity` spans; ``Tagger.tag_words`` tags words.
- :mod:`marsad.ner.features`: the CRF features (word analysis, context, document window), with
  :mod:`marsad.ner.lexicon` (the word knowledge they use) and :mod:`marsad.ner.wordinfo` (a word's analysis).
- :mod:`marsad.ner.conll`: reading CoNLL gold files; :mod:`marsad.ner.bio`: BIO decoding.
  Entity-level scoring is :mod:`marsad.evaluate.ner_score`.
"""
