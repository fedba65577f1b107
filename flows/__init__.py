"""eventcoder's orchestration: the Prefect flow and the `eventcoder` command line."""
