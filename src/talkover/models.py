"""Every model and enum of the API (``talkover_api_client.models``), importable from here:

from talkover.models import CallTimeRange
"""

from talkover_api_client.models import *  # noqa: F403
from talkover_api_client.models import __all__ as __all__
