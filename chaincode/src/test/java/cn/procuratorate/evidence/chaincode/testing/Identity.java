package cn.procuratorate.evidence.chaincode.testing;

/**
 * A calling certificate as cryptogen issues it with NodeOUs: the MSP id and the OU that says
 * whether it is a client, an admin, a peer or an orderer.
 */
public record Identity(String mspId, String organisationalUnit) {

    public static Identity client(String mspId) {
        return new Identity(mspId, "client");
    }

    public static Identity admin(String mspId) {
        return new Identity(mspId, "admin");
    }

    public static Identity peer(String mspId) {
        return new Identity(mspId, "peer");
    }

    public String subject() {
        String domain = mspId.toLowerCase().replace("msp", "") + ".evidence.local";
        return "CN=User1@" + domain + ",OU=" + organisationalUnit + ",L=Beijing,ST=Beijing,C=CN";
    }
}
