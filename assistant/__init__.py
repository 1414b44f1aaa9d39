"""A local, private terms-of-service Q&A assistant.

Importing the package switches every library we use to offline, no-telemetry mode
before any of them is imported: the product must never phone home.
"""

from assistant.privacy import enforce_offline

enforce_offline()

__version__ = "0.1.0"
