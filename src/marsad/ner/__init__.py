"""Named-entity recognition: the trained tagger and its parts.

- :mod:`marsad.ner.tagger`: ``load_tagger(res) -> Tagger``; ``Tagger.tag(text, tokens, sentences)``
  returns PER/ORG/LOC/MISC :class:`~marsad.document.Entity` spans; ``Tagger.tag_words`` tags words.
- :mod:`marsad.ner.features`: the CRF features (word analysis, context, document window).
- :mod:`marsad.ner.conll`: reading CoNLL gold files; :mod:`marsad.ner.bio`: BIO decoding;
  :mod:`marsad.ner.score`: entity-level scoring.
"""
