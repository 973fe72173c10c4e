"""Analysis stages. Each module exposes one :class:`marsad.pipeline.Stage` as ``STAGE``."""
