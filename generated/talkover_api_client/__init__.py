"""A client library for accessing Talkover API"""

# The exception hierarchy first: ``error_codes`` subclasses it, so importing ``error_codes``
# (or ``talkover``) before ``errors`` must find ``errors`` already initialised.
from . import errors as errors
from .client import AuthenticatedClient, Client

__version__ = "1.2.0"  # the spec's info.version

__all__ = (
    "AuthenticatedClient",
    "Client",
)
